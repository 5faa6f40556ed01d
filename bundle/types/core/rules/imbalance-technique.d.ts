/** Topics opt in through their schema: `"requires": [{ "rule": "imbalance-technique", "groups": [...] }]`. */
export declare const rule: import("./context.js").Rule;
