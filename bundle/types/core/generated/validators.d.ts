export declare const v0: typeof validate77;
declare function validate77(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate77 {
    var evaluated: {
        props: {
            steps: boolean;
            topics: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v1: typeof validate139;
declare function validate139(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate139 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v2: typeof validate147;
declare function validate147(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate147 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v3: typeof validate155;
declare function validate155(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate155 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v4: typeof validate163;
declare function validate163(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate163 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v5: typeof validate170;
declare function validate170(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate170 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v6: typeof validate179;
declare function validate179(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate179 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v7: typeof validate186;
declare function validate186(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate186 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v8: typeof validate195;
declare function validate195(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate195 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v9: typeof validate207;
declare function validate207(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate207 {
    var evaluated: {
        props: {
            topics: boolean;
            steps: boolean;
        };
        dynamicProps: boolean;
        dynamicItems: boolean;
    };
}
export declare const v10: typeof validate215;
declare function validate215(data: any, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors }?: {
    instancePath?: string | undefined;
    rootData?: any;
    dynamicAnchors?: {} | undefined;
}): boolean;
declare namespace validate215 {
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
