// Types for scripts/validate-manifest.mjs.
export interface ManifestError {
  /** 1-based line in the manifest (0 when unknown). */
  line: number;
  message: string;
}
export interface ValidateOptions {
  /** Folder the icon URLs' assets/… files are looked up in (default: the repo's assets/). */
  assetsDir?: string;
  /** Folder holding OfficeAppManifestV1_1.xsd and its imports (default: findSchemaDir()). */
  schemaDir?: string;
}
export declare function findSchemaDir(start?: string): string;
export declare function validateManifestXml(xml: string, options?: ValidateOptions): ManifestError[];
export declare function validateManifestFile(file: string, options?: ValidateOptions): ManifestError[];
