#!/usr/bin/env bash
# Builds release-2 (schema version 2) fixture database for the revision-2 migration test.
# Usage: make_fixture.sh /path/to/casetrack-cli-of-commit-57d5a48 OUTPUT_DIR
set -euo pipefail
cli=$1
out=$2
db="$out/release2.db"
rm -f "$db" "$db.keys" "$db"-*
export CASETRACK_PASSWORD=$(cat "$(dirname "$0")/password.txt")
run() { "$cli" --db "$db" --json "$@" > /dev/null; }
"$cli" --db "$db" init --admin admin --kdf fast > /dev/null
# 1 standard: decided and announced
run case add --data '{"subject":{"name":"甲","appointed_by_party_group":true}}'
# 2 transfer: reviewed
run case add --data '{"subject":{"name":"乙","appointed_by_party_group":true,"leadership_member":true}}'
# 3 grassroots: approved by the commission
run case add --data '{"subject":{"name":"丙"}}'
# 4 grassroots, a leadership member (revision 2 would put it on grassroots_transfer)
run case add --data '{"subject":{"name":"丁","leadership_member":true}}'
# 5 local (第十二条)
run case add --data '{"subject":{"name":"戊","org_relation_local":true},"filing_body":"local_commission"}'
# 6 grassroots expulsion awaiting the Party group
run case add --data '{"subject":{"name":"己"}}'
y=$(date +%Y)
c() { printf '%s-%05d' "$y" "$1"; }
ev() { local id=$1 step=$2 date=$3 data=${4:-'{}'}; run event add "$(c "$id")" --step "$step" --date "$date" --data "$data"; }
for i in 1 2 3 4 6; do
  ev $i case_filed 2025-06-02; ev $i principal_notified 2025-06-03; ev $i investigation_concluded 2025-07-01
done
ev 5 case_filed 2025-06-02; ev 5 investigation_concluded 2025-07-01
ev 1 proposal_made 2025-07-10 '{"sanction":"warning"}'
ev 1 party_group_informed_of_suggestion 2025-07-11
ev 1 party_group_decided 2025-07-15 '{"sanction":"warning","members_total":9,"members_present":6,"votes_for":5}'
ev 1 decision_announced 2025-07-20
ev 2 proposal_made 2025-07-10 '{"sanction":"serious_warning"}'
ev 2 party_group_informed_of_proposal 2025-07-11
ev 2 transferred_for_review 2025-07-12
ev 2 review_feedback 2025-08-01 '{"sanction":"serious_warning"}'
ev 3 proposal_made 2025-07-10 '{"sanction":"serious_warning"}'
ev 3 grassroots_commission_approved 2025-07-20 '{"sanction":"serious_warning"}'
ev 4 proposal_made 2025-07-10 '{"sanction":"warning"}'
ev 5 proposal_made 2025-07-10 '{"sanction":"warning"}'
ev 6 proposal_made 2025-07-10 '{"sanction":"expulsion"}'
ev 6 grassroots_committee_approved 2025-07-20 '{"sanction":"expulsion"}'
echo "made $db"
