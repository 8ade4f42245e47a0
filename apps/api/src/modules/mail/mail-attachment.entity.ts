import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A file sent with e-mail: stored once, named by every outbox message that carries it (ADR 0025). */
@Entity({ name: 'mail_attachment' })
export class MailAttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  filename: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ type: 'bytea' })
  content: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A file attached to an outbox message, in the order the message lists them. */
@Entity({ name: 'mail_outbox_attachment' })
export class MailOutboxAttachmentEntity {
  @PrimaryColumn({ name: 'message_id', type: 'bigint' })
  messageId: string;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Column({ name: 'attachment_id', type: 'uuid' })
  attachmentId: string;
}
