// The worker thread of `unpackStoreSnapshotOffThread`: unpacks one snapshot and exits. An error
// is thrown out of the thread, so the main thread's promise rejects with it.
import { workerData } from 'node:worker_threads';
import { unpackStoreSnapshot } from './snapshot-unpack.js';

const { file, dataDir } = workerData as { file: string; dataDir: string };
unpackStoreSnapshot(file, dataDir);
