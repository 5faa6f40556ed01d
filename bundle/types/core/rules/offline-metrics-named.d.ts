/** Topics opt in through their schema: `"requires": [{ "rule": "offline-metrics-named", "groups": [...] }]`. */
export declare const rule: import("./context.js").Rule;
