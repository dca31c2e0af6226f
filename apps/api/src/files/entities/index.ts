import { StoredFileEntity } from './stored-file.entity.js';

export const FILES_ENTITIES = [StoredFileEntity];
