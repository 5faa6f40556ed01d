/** Topics opt in through their schema: `"requires": [{ "rule": "deploy-tradeoff-both-sides", "groups": [...] }]`. */
export declare const rule: import("./context.js").Rule;
