/** Topics opt in through their schema: `"requires": [{ "rule": "online-test-method", "groups": [...] }]`. */
export declare const rule: import("./context.js").Rule;
