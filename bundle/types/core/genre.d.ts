export declare function declaresTemplate(title: string | undefined, fileName: string | undefined): boolean;
