/** Version of the data/ artifact layout; bump when a reader would misread older files. */
export const SCHEMA_VERSION = 2;
