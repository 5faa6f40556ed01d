/** Topics opt in through their schema: `"requires": [{ "rule": "compression-technique", "groups": [...] }]`. */
export declare const rule: import("./context.js").Rule;
