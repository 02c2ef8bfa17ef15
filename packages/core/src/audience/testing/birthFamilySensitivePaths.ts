import type { FormId } from '@adoption-support/schemas';

/**
 * What a birth relative must never see, read field by field from each form's schema.json (the
 * domain reference, section E2): the child's new name, the adopters' names, address and contact
 * details, other members of the household, the adopters' network of family and friends, the
 * professionals' names and contact details, the school, and references that lead to the family.
 *
 * Written by hand, apart from the annotations, so that a wrong annotation is caught rather than
 * copied. Each entry is a data path with `*` for rows; a section or list means everything in it.
 */
export const birthFamilySensitivePaths: Record<FormId, readonly string[]> = {
  'asp-england': [
    'document/child/fullName',
    'document/child/knownAs',
    'document/child/dateOfBirth',
    'document/caseReferences',
    'document/linkedSiblingPlans/*/childName',
    'network/professionals/*/name',
    'network/professionals/*/organisation',
    'network/professionals/*/phone',
    'network/professionals/*/email',
    'network/outOfAreaArrangement',
    'child/education/settingName',
    'child/siblings/members/*/name',
    'child/siblings/members/*/livingDetails',
    'stayingInTouch/arrangements/*/facilitatedBy',
    'adopters/adoptiveParents/*/person/fullName',
    'adopters/adoptiveParents/*/person/knownAs',
    'adopters/adoptiveParents/*/person/dateOfBirth',
    'adopters/adoptiveParents/*/contact/phone',
    'adopters/adoptiveParents/*/contact/email',
    'adopters/adoptiveParents/*/contact/address',
    'adopters/familyAndFriends',
    'adopters/otherChildren',
    'adopters/financialSupportReference',
    'review/reviews/*/recommendations/*/owner',
    'review/reviews/*/completedBy',
    'review/reviews/*/confirmedByIro',
    'approval/preparedBy',
    'approval/adoptersAcknowledgement',
    'approval/distribution',
  ],
  'asp-review-england': [
    'reviewDetails/child',
    'reviewDetails/prospectiveAdopters',
    'reviewDetails/caseReference',
    'reviewDetails/planReference',
    'reviewDetails/chair/name',
    'reviewDetails/chair/phone',
    'reviewDetails/chair/email',
    'reviewDetails/attendees/*/name',
    'reviewDetails/attendees/*/organisation',
    'reviewDetails/professionals/*/name',
    'reviewDetails/professionals/*/phone',
    'reviewDetails/professionals/*/email',
    'visits/sinceLastReview/*/visitorName',
    'orderReadiness/siblings/siblingList/*/fullName',
    'outcome/recommendations/*/owner',
    'outcome/iroSignOff',
    'outcome/socialWorkerSignOff',
  ],
  'asp-wales': [
    'header/placingAuthorityReference',
    'header/regionReference',
    'header/professionals/*/name',
    'header/professionals/*/phone',
    'header/professionals/*/email',
    'child/childName',
    'child/knownAs',
    'child/dateOfBirth',
    'child/adoptiveFamilyName',
    'child/residentAuthority',
    'child/residentAuthorityOutsideWales',
    'child/adoptiveParents',
    'firstStage/childrenInHousehold',
    'keepingInTouch/arrangements/*/facilitatedBy',
    'keepingInTouch/preparedBy',
    'keepingInTouch/siblings/siblings/*/name',
    'services/monitorName',
    'signOff/adoptersAcknowledgement',
    'signOff/childSocialWorker',
    'signOff/adoptionSocialWorker',
    'signOff/adoptersComments',
  ],
  'asp-review-wales': [
    'reviewDetails/caseReference',
    'reviewDetails/childName',
    'reviewDetails/childDateOfBirth',
    'reviewDetails/adoptiveFamilyName',
    'reviewDetails/residentAuthority',
    'reviewDetails/adoptiveParents',
    'participants/participants/*/name',
    'participants/professionals/*/name',
    'participants/professionals/*/phone',
    'participants/professionals/*/email',
    'outcome/familySupportContact',
    'outcome/actions/*/responsible',
    'signOff/reviewingSocialWorker',
    'signOff/adoptersAcknowledgement',
  ],
  'assessment-wales': [
    'header/childName',
    'header/dateOfBirth',
    'header/adoptiveFamilyName',
    'header/caseReference',
    'header/residentAuthority',
    'header/residentAuthorityOutsideWales',
    'header/adoptiveParents',
    'referral/requesterName',
    'referral/personAssessedName',
    'referral/assessingSocialWorker/name',
    'referral/assessingSocialWorker/phone',
    'referral/assessingSocialWorker/email',
    'child/siblings/siblings/*/name',
    'consultation/supervisor/name',
    'notice/addresseeName',
    'notice/nominatedMonitor/name',
    'notice/nominatedMonitor/phone',
    'notice/nominatedMonitor/email',
    'notice/planCopies',
    'signOff/assessor',
  ],
};

/**
 * The sections a birth relative may see at all (domain reference E1: only the support offered to
 * them, and, by the agency's choice, their own staying-in-touch arrangement; E8: not the reviews).
 * In the assessment, only a birth relative's own assessment, when they asked for it.
 */
export const birthFamilySections: Record<FormId, readonly string[]> = {
  'asp-england': ['birthFamilySupport'],
  'asp-review-england': [],
  'asp-wales': ['keepingInTouch'],
  'asp-review-wales': [],
  // The referral: only who asked, when a birth relative asked (it grants them the other three).
  'assessment-wales': ['family', 'analysis', 'notice', 'referral'],
};
