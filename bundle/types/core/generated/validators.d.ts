export declare const v0: typeof validate72;
declare function validate72(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate72 {
    var evaluated: {
        props: {
            steps: boolean;
            topics: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v1: typeof validate134;
declare function validate134(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate134 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v2: typeof validate142;
declare function validate142(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate142 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v3: typeof validate150;
declare function validate150(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate150 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v4: typeof validate158;
declare function validate158(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate158 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v5: typeof validate165;
declare function validate165(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate165 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v6: typeof validate174;
declare function validate174(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate174 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v7: typeof validate181;
declare function validate181(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate181 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v8: typeof validate190;
declare function validate190(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate190 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v9: typeof validate202;
declare function validate202(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate202 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v10: typeof validate210;
declare function validate210(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate210 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
/** The bundled schemas' validators, by `$id`. */
export declare const GENERATED_VALIDATORS: Record<string, (data: unknown) => boolean>;
export {};
