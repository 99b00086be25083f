# 党纪处分决定宣布记录 (第十条: 决定作出后1个月内宣布)
@title 党纪处分决定宣布记录
@table 3,5,3,5
| 被处分人 | {{subject.name}} | 工作单位及职务 | {{subject.unit}}{{subject.position}} |
| 处分决定 | {{decision.decided_by}}关于给予{{subject.name}}同志{{decision.sanction}}处分的决定 |
| 决定日期 | {{decision.decided_on}} | 宣布期限 | {{deadline.announce}}前 |
| 宣布时间 | {{announce.date}} | 宣布地点 | {{announce.place}} |
| 宣布人 | {{announce.announcer}} | 记录人 | {{announce.recorder}} |
| 参加人员 | {{announce.attendees}} |
| 宣布情况 | 宣布人宣读了{{decision.decided_by}}关于给予{{subject.name}}同志{{decision.sanction}}处分的决定，并告知其享有的申诉权利。 |
| 被处分人意见 | {{announce.statement}} |
| 被处分人签字 | | 宣布人签字 | |
@end
