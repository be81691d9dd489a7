// The tag that marks a member who takes social prescribing referrals, in words (not only colour).
export function ReferralTag() {
  return <strong className="tag tag--green">Takes social prescribing referrals</strong>;
}
