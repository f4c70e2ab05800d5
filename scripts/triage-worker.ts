// A worker thread of `npm run triage`: triages the sheet parts it is sent (src/batch/batch-job.ts).
import { parentPort } from 'node:worker_threads'
import { runBatch, type BatchJob } from '../src/batch/batch-job'

parentPort!.on('message', (job: BatchJob) => {
  try {
    parentPort!.postMessage({ done: runBatch(job) })
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) })
  }
})
