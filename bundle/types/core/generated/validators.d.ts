export declare const v0: typeof validate75;
declare function validate75(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate75 {
    var evaluated: {
        props: {
            steps: boolean;
            topics: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v1: typeof validate137;
declare function validate137(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate137 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v2: typeof validate145;
declare function validate145(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate145 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v3: typeof validate153;
declare function validate153(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate153 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v4: typeof validate161;
declare function validate161(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate161 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v5: typeof validate168;
declare function validate168(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate168 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v6: typeof validate177;
declare function validate177(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate177 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v7: typeof validate184;
declare function validate184(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate184 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v8: typeof validate193;
declare function validate193(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate193 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v9: typeof validate205;
declare function validate205(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate205 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v10: typeof validate213;
declare function validate213(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate213 {
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
