export declare const rule: import("./context.js").Rule;
