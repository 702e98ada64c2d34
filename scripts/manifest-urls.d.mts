// Types for scripts/manifest-urls.mjs (used by webpack.config.js and the tests).
export declare const DEV_URL: string;
export declare function normalizeBaseUrl(baseUrl: string): string;
export declare function rewriteManifestUrls(xml: string, baseUrl: string): string;
export declare function resolveAddinUrl(env?: Record<string, string | undefined>): string;
