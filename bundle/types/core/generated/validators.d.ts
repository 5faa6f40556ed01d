export declare const v0: typeof validate78;
declare function validate78(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate78 {
    var evaluated: {
        props: {
            steps: boolean;
            topics: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v1: typeof validate140;
declare function validate140(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate140 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v2: typeof validate148;
declare function validate148(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate148 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v3: typeof validate156;
declare function validate156(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate156 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v4: typeof validate164;
declare function validate164(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate164 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v5: typeof validate171;
declare function validate171(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate171 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v6: typeof validate180;
declare function validate180(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate180 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v7: typeof validate187;
declare function validate187(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate187 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v8: typeof validate196;
declare function validate196(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate196 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v9: typeof validate208;
declare function validate208(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate208 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v10: typeof validate216;
declare function validate216(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate216 {
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
