import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'heritage:isPublic';

/** Marks a resolver or controller handler as open to signed-out visitors. Everything else is denied by default. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
