import type { Permission } from '@heritage/shared';
import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'heritage:isPublic';
export const REQUIRED_PERMISSIONS = 'heritage:permissions';

/** Open to signed-out visitors (a signed-in member is still recognised). Everything else is denied by default. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Requires a signed-in, active member holding every named permission. */
export const Allow = (...permissions: [Permission, ...Permission[]]): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_PERMISSIONS, permissions);
