/** Topics opt in through their schema: `"requires": [{ "rule": "online-metrics-named", "groups": [...] }]`. */
export declare const rule: import("./context.js").Rule;
