import { AppError } from '../../shared/errors';
import { missingRolesOf } from '../../shared/missing-role';

/**
 * A job's error on a dataset, passed on; an E_MISSING_ROLE of the dataset's roles also names the
 * dataset, so the error dialog can open the place to map them (its column meanings).
 */
export function placeMissingRole(datasetId: number): (err: unknown) => never {
  return (err) => {
    const missing = missingRolesOf(err);
    if (err instanceof AppError && missing) throw new AppError(err.code, err.message, { ...missing, datasetId });
    throw err;
  };
}
