import { rowsById } from '../../graphql/loaders';
import { JOB_COLUMNS, type Job } from './job.types';

export const jobById = rowsById<Job>(`select ${JOB_COLUMNS} from job`);
