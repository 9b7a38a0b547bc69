import type { GapAnswer } from '@certa/client';
import { can, rolesFor, type Actor } from '@certa/core';

/** What the caller may do with one answer, and why not, in words. */
export interface AnswerRights {
  readOnly: boolean;
  /** Shown above the answer form when the caller cannot change it (null when they can, or the whole assessment is locked). */
  reason: string | null;
  /** Why the owner field is locked for the caller, or null when they may change it. */
  ownerLockedReason: string | null;
}

const owns = (actor: Actor, answer: Pick<GapAnswer, 'owner'> | undefined) =>
  (answer?.owner ?? '').trim().toLowerCase() === actor.email.toLowerCase();

/**
 * The same rule the server applies (core's `can` with the `assigned_to_actor` condition): managers may
 * change every answer; contributors only answers whose owner is their email, and they cannot hand them on.
 */
export function answerRights(
  actor: Actor,
  answer: Pick<GapAnswer, 'owner'> | undefined,
  locked: boolean,
): AnswerRights {
  if (locked) return { readOnly: true, reason: null, ownerLockedReason: null };
  if (can(actor, 'ismsContent.write')) return { readOnly: false, reason: null, ownerLockedReason: null };
  const role = actor.membership?.role;
  if (role && rolesFor('ismsContent.write').whenAssigned.includes(role)) {
    if (can(actor, 'ismsContent.write', { assignedMembershipId: owns(actor, answer) ? actor.membership?.id : null }))
      return {
        readOnly: false,
        reason: null,
        ownerLockedReason: 'You own this answer; an ISMS manager can hand it to someone else.',
      };
    return {
      readOnly: true,
      reason: `As a contributor you can change the answers you own (owner ${actor.email}). ${
        answer?.owner ? `This one belongs to ${answer.owner}.` : 'Nobody owns this one yet.'
      }`,
      ownerLockedReason: null,
    };
  }
  return { readOnly: true, reason: 'Your role lets you read this assessment, not change it.', ownerLockedReason: null };
}

/** Whether the caller may change any answer at all (possibly only their own). */
export function mayAnswerAny(actor: Actor): boolean {
  const role = actor.membership?.role;
  return (
    can(actor, 'ismsContent.write') || (role !== undefined && rolesFor('ismsContent.write').whenAssigned.includes(role))
  );
}
