# 党纪处分备案材料清单 (第十一条: 生效之日起90日内报派出机构备案)
@title 党纪处分备案材料清单
@plain 报送单位：{{unit.grassroots_commission}}　　被处分人：{{subject.name}}
@table 2,10,2 header=1
| 序号 | 材料名称 | 份数 |
@rows materials
@end
@plain 报送日期：{{filing.filed_on}}　　备案期限：{{deadline.record_filing}}前
@plain 接收单位：{{unit.dispatched_body}}
