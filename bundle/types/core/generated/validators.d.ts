export declare const v0: typeof validate71;
declare function validate71(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate71 {
    var evaluated: {
        props: {
            steps: boolean;
            topics: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v1: typeof validate133;
declare function validate133(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate133 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v2: typeof validate141;
declare function validate141(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate141 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v3: typeof validate149;
declare function validate149(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate149 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v4: typeof validate157;
declare function validate157(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate157 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v5: typeof validate164;
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
export declare const v6: typeof validate173;
declare function validate173(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate173 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v7: typeof validate180;
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
export declare const v8: typeof validate189;
declare function validate189(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate189 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v9: typeof validate201;
declare function validate201(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate201 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v10: typeof validate209;
declare function validate209(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate209 {
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
