/** The package's version (test/unit/registry.test.ts holds it to package.json's): the rule docs links name it. */
export declare const VERSION = "0.1.0";
