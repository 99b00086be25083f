# 处分决定送达回执 (决定宣布时送达受处分人本人)
@title 送达回执
@table 4,9
| 送达文书 | {{decision.decided_by}}关于给予{{subject.name}}同志{{decision.sanction}}处分的决定 |
| 受送达人 | {{subject.name}} |
| 送达机关 | {{decision.decided_by}} |
| 送达时间 | {{announce.date}} |
| 送达地点 | {{announce.place}} |
| 受送达人签收 | |
| 送达人签名 | |
| 备注 | |
@end
