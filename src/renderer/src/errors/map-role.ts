import type { Role } from '../../../shared/roles';

/** The place to map missing roles: a dataset's column meanings, with the roles asked for (`at` tells one request from the next). */
export interface MeaningsFocus {
  datasetId: number;
  roles: Role[];
  at: number;
}

/** Opens a dataset's column meanings for roles a job found missing. */
export type MapRole = (place: { datasetId: number; roles: Role[] }) => void;
