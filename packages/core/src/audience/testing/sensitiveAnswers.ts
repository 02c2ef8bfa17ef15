import type { Audience, FormId } from '@adoption-support/schemas';

/**
 * Answers a social worker would mark sensitive, read field by field from each form's schema.json
 * and written by hand (not from the annotations), so that a wrong annotation is caught rather than
 * copied: free-text notes about contact, financial detail (domain reference E10), and another
 * person's assessment. Each entry is a data path with `*` for rows; a section or list means
 * everything in it.
 */
export const sensitiveAnswers: Record<FormId, readonly string[]> = {
  'asp-england': [
    'stayingInTouch/arrangements/*/notes',
    'child/siblings/members/*/livingDetails',
    'supportItems/*/fundingRoute',
    'adopters/financialSupportStatus',
    'adopters/financialSupportReference',
  ],
  'asp-review-england': ['stayingInTouch/arrangements/*/notes', 'supportItems/newOrChanged/*/fundingRoute'],
  'asp-wales': ['keepingInTouch/arrangements/*/notes', 'services/items/*/fundingRoute', 'services/fundingAgreements'],
  'asp-review-wales': ['keepingInTouch/arrangements/*/notes', 'outcome/amendedServices/*/fundingRoute'],
  'assessment-wales': [
    'child/stayingInTouch/*/notes',
    'analysis',
    'family',
    'notice/decisionReasons',
    'notice/representationsSummary',
  ],
};

/** The lists of support items: a row whose area of need is `financial` is financial detail, all of it. */
export const supportItemLists: Record<FormId, readonly string[]> = {
  'asp-england': ['supportItems'],
  'asp-review-england': ['supportItems/newOrChanged'],
  'asp-wales': ['services/items'],
  'asp-review-wales': ['outcome/amendedServices'],
  'assessment-wales': ['analysis/proposedServices'],
};

/** The readers the check is about: a sensitive answer must not reach them unless listed below. */
export const guardedAudiences: readonly Audience[] = ['child', 'birthFamily', 'panel'];

/** A sensitive answer a reader sees on purpose. Each is documented, with its reason, in the form's README. */
export interface AllowedOnPurpose {
  /** A data path (`*` for rows) from {@link sensitiveAnswers}, or a part of one. */
  path: string;
  audience: Audience;
  /** Only while the answer at this JSON pointer has one of these values. */
  when?: { field: string; in: readonly unknown[] };
  reason: string;
}

const BIRTH_RELATIVES = ['birthParent', 'naturalSibling', 'relatedPersonWithContact'];
const ownAssessment = { field: '/referral/requesterCategory', in: BIRTH_RELATIVES };
const theirOwn = "It is the birth relative's own assessment, and they asked for it (reg 9 notice of the proposal).";

export const allowedOnPurpose: Record<FormId, readonly AllowedOnPurpose[]> = {
  'asp-england': [
    {
      path: 'stayingInTouch/arrangements/*/notes',
      audience: 'panel',
      reason: 'The panel sees the whole plan with the placement report (E4).',
    },
    {
      path: 'child/siblings/members/*/livingDetails',
      audience: 'panel',
      reason: 'The panel sees the whole plan with the placement report (E4).',
    },
    {
      path: 'adopters/financialSupportStatus',
      audience: 'panel',
      reason: 'Whether financial support is agreed is part of the match the panel considers (E4); amounts stay out.',
    },
  ],
  'asp-review-england': [],
  'asp-wales': [
    {
      path: 'keepingInTouch/arrangements/*/notes',
      audience: 'panel',
      reason: 'The panel sees the whole plan (E4).',
    },
  ],
  'asp-review-wales': [],
  'assessment-wales': [
    { path: 'family', audience: 'birthFamily', when: ownAssessment, reason: theirOwn },
    { path: 'analysis', audience: 'birthFamily', when: ownAssessment, reason: theirOwn },
    { path: 'notice/decisionReasons', audience: 'birthFamily', when: ownAssessment, reason: theirOwn },
    { path: 'notice/representationsSummary', audience: 'birthFamily', when: ownAssessment, reason: theirOwn },
    {
      path: 'family',
      audience: 'adopters',
      when: { field: '/referral/requesterCategory', in: ['adoptiveParent'] },
      reason: 'The adopters asked for the assessment: it is theirs.',
    },
    {
      path: 'analysis',
      audience: 'adopters',
      when: { field: '/referral/requesterCategory', in: ['adoptiveParent'] },
      reason: 'The adopters asked for the assessment: it is theirs.',
    },
    {
      path: 'notice',
      audience: 'adopters',
      when: { field: '/referral/requesterCategory', in: ['adoptiveParent'] },
      reason: 'The adopters asked for the assessment: it is theirs.',
    },
    {
      path: 'child/stayingInTouch/*/notes',
      audience: 'adopters',
      reason: "The adopters make the child's staying-in-touch arrangements happen.",
    },
  ],
};

/** For the assessment, the adopters are guarded too: another person's assessment is not theirs. */
export const extraGuarded: Partial<Record<FormId, readonly Audience[]>> = { 'assessment-wales': ['adopters'] };
