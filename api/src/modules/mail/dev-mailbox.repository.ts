// The development mailbox: where mail goes when no SMTP_URL is set, so the demo can show it.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RenderedMail } from './mail-templates';

export interface DevMailRow {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: Date;
}

@Injectable()
export class DevMailboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async store(to: string, mail: RenderedMail): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO dev_mail (to_address, subject, text_body, html_body) VALUES ($1, $2, $3, $4)`,
      [to, mail.subject, mail.text, mail.html],
    );
  }

  latest(limit: number): Promise<DevMailRow[]> {
    return this.dataSource.query<DevMailRow[]>(
      `SELECT id, to_address AS "to", subject, text_body AS text, html_body AS html, created_at AS "createdAt"
       FROM dev_mail ORDER BY created_at DESC, id DESC LIMIT $1`,
      [limit],
    );
  }
}
