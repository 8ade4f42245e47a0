import { describe, expect, it } from 'vitest';
import {
  minutesBreach,
  minutesStatus,
  maySend,
  mayEditBody,
  objectionOpen,
  publicationDeadline,
  untilApproval,
  type MinutesFacts,
} from './minutes.rules.js';

const sentAt = new Date('2026-11-10T10:00:00Z');
const hours = (count: number) => new Date(sentAt.getTime() + count * 3_600_000);
const facts = (overrides: Partial<MinutesFacts> = {}): MinutesFacts => ({
  sentAt,
  approvedOn: null,
  approvedBySilence: null,
  publishedAt: null,
  objections: [],
  ...overrides,
});

describe('approval by silence', () => {
  it('keeps sent minutes awaiting objections at 3 days 23 hours', () => {
    const status = minutesStatus(facts(), 4, hours(95));
    expect(status.state).toBe('SENT');
    expect(status.approvedOn).toBeNull();
    expect(objectionOpen(status, hours(95))).toBe(true);
    expect(untilApproval(status, hours(95))).toEqual({ days: 0, hours: 1 });
  });

  it('approves minutes with no objection four days (96 hours) after sending, on the deadline date', () => {
    const status = minutesStatus(facts(), 4, hours(96));
    expect(status).toMatchObject({ state: 'APPROVED', approvedOn: '2026-11-14', approvedBySilence: true });
    expect(objectionOpen(status, hours(96))).toBe(false);
  });

  it('counts the countdown in days and hours', () => {
    expect(untilApproval(minutesStatus(facts(), 4, hours(30)), hours(30))).toEqual({ days: 2, hours: 18 });
  });

  it('holds minutes with an objection, even once the deadline has passed', () => {
    const status = minutesStatus(facts({ objections: [{ raisedAt: hours(50), resolvedAt: null }] }), 4, hours(200));
    expect(status.state).toBe('OBJECTED');
    expect(status.unresolvedObjections).toBe(1);
    expect(maySend(status)).toBe(false);
    expect(mayEditBody(status)).toBe(true);
  });

  it('lets the secretariat send again once every objection is resolved, and approves by silence after the new period', () => {
    const resolved = facts({ objections: [{ raisedAt: hours(50), resolvedAt: hours(60) }] });
    expect(maySend(minutesStatus(resolved, 4, hours(70)))).toBe(true);
    const resent = { ...resolved, sentAt: hours(70) };
    expect(minutesStatus(resent, 4, hours(70 + 95)).state).toBe('SENT');
    expect(minutesStatus(resent, 4, hours(70 + 96)).state).toBe('APPROVED');
  });

  it('approves at sending when the organ sets no objection period', () => {
    expect(minutesStatus(facts(), null, sentAt)).toMatchObject({ state: 'APPROVED', approvedBySilence: false });
  });

  it('keeps a draft a draft, editable and sendable', () => {
    const status = minutesStatus(facts({ sentAt: null }), 4, hours(1000));
    expect(status.state).toBe('DRAFT');
    expect(mayEditBody(status) && maySend(status)).toBe(true);
  });

  it('reads stored approval and publication', () => {
    const status = minutesStatus(facts({ approvedOn: '2026-11-14', approvedBySilence: true, publishedAt: hours(100) }), 4, hours(100));
    expect(status.state).toBe('PUBLISHED');
    expect(mayEditBody(status) || maySend(status)).toBe(false);
  });
});

describe('publication', () => {
  it('sets the deadline from the meeting date and the protocol deadline', () => {
    expect(publicationDeadline('2026-11-09', 7)).toBe('2026-11-16');
    expect(publicationDeadline('2026-11-09', null)).toBeNull();
  });

  it('reports late publication and overdue minutes as breaches', () => {
    const base = { meetingState: 'HELD', deadline: '2026-11-16', today: '2026-11-20' };
    expect(minutesBreach({ ...base, publishedAt: new Date('2026-11-17T10:00:00Z') })).toEqual({
      kind: 'MINUTES_PUBLISHED_LATE',
      deadline: '2026-11-16',
      actual: '2026-11-17',
    });
    expect(minutesBreach({ ...base, publishedAt: new Date('2026-11-16T10:00:00Z') })).toBeNull();
    expect(minutesBreach({ ...base, publishedAt: null })).toEqual({ kind: 'MINUTES_OVERDUE', deadline: '2026-11-16', actual: null });
    expect(minutesBreach({ ...base, publishedAt: null, today: '2026-11-16' })).toBeNull();
  });
});
