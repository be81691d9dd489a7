// Every migration, in order. Listed explicitly (not globbed) so the same list works from source and from dist.
import { CreateMembers1764000000000 } from './1764000000000-CreateMembers';

export const MIGRATIONS = [CreateMembers1764000000000];
