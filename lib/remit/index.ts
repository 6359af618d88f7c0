/**
 * X12 835 (electronic remittance advice) reading: separators from ISA, streaming segments, claims
 * with service lines, adjustments and remarks. Pure TypeScript (no I/O); the CLI streams files in.
 */
export { readSeparators } from './separators';
export { MAX_SEGMENT_LENGTH, SegmentStream, type Segment } from './segment-stream';
export { MAX_PROBLEMS_KEPT, RemitReader, readRemit, type RemitCounts } from './remit-reader';
export { readAmount, readCas, readDate, readProcedure, readUnits } from './elements';
export * from './types';
