# 申诉处理决定 (党章第四条: 党员有向党的组织提出申诉的权利; 变更或者撤销自处理决定之日起生效)
@masthead {{unit.masthead}}
@number {{doc.number}}
@title {{appeal.original_decided_by}}关于{{subject.name}}同志申诉的处理决定
@to {{doc.recipient}}
@p {{subject.profile}}
@p {{appeal.original_decided_by}}于{{appeal.original_decided_on}}给予{{subject.name}}同志{{appeal.original_sanction}}处分。{{subject.name}}同志不服，于{{appeal.filed_on}}提出申诉。
@p 经复查，{{appeal.sentence}}
@signature {{doc.signature}}
@date {{doc.date}}
@cc {{doc.cc}}
@issuer {{unit.printing_office}}
@printed {{doc.printing_date}}
