// Evaluation helpers, published as the `bitext-qa/eval` subpath: scoring predicted beads against gold
// alignments the way Vecalign's and Bertalign's scorers do. Not part of the review pipeline.
export { scoreAlignment, scoreCounts, poolScores, mergeByVerse, type AlignmentScores, type ScoreCounts, type IndexBead } from './score.js';
