export * from './draft-edits';
export * from './breaking-changes';
