export { applyHiddenData, type ClearedValue, type HiddenDataResult } from './applyHiddenData';
export { fieldAtPath, fieldAtPattern, type PathInfo } from './fieldAtPath';
export { type RestoreResult, restoreHiddenData } from './restoreHiddenData';
