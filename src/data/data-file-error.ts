/** Raised for a data file that cannot be used; names the file and the entry. */
export class DataFileError extends Error {}
