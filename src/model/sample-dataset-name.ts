/** Name the built-in sample dataset is stored under; views show it in the page's language until it is renamed. */
export const SAMPLE_DATASET_NAME = 'Sample dataset';
