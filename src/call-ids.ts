/**
 * Call ids are made of the date and leader slugs only. Both the ledger (which
 * reads ids back from a file) and the call documents (which make file names of
 * them) check ids against this before trusting them.
 */
export const SAFE_ID = /^[a-z0-9][a-z0-9-]*$/;
