// "Download my data": everything held about the signed-in member as one JSON file (UK GDPR, right of access).
import { Permission } from '@heritage/shared';
import { Controller, Get, Header, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthenticatedMember, CurrentMember } from '../../common/auth/current-member';
import { Allow } from '../../common/auth/public.decorator';
import { MembersService } from './members.service';

export const EXPORT_FILENAME = 'heritage-cop-my-data.json';

@Controller('account')
export class AccountController {
  constructor(private readonly members: MembersService) {}

  @Allow(Permission.SignedIn)
  @Get('export')
  @Header('Content-Disposition', `attachment; filename="${EXPORT_FILENAME}"`)
  @Header('Cache-Control', 'no-store')
  async export(
    @CurrentMember() member: AuthenticatedMember,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const data = await this.members.exportData(member);
    res.type('application/json');
    return `${JSON.stringify(data, null, 2)}\n`;
  }
}
