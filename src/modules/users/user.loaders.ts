import { rowsById } from '../../graphql/loaders';
import { USER_COLUMNS, type User } from './user.types';

export const userById = rowsById<User>(`select ${USER_COLUMNS} from app_user`);
