# 留党察看期满处理决定 (《中国共产党纪律处分条例》第十二条: 恢复党员权利、延长一年或者开除党籍)
@masthead {{unit.masthead}}
@number {{doc.number}}
@title {{decision.decided_by}}{{probation.title}}
@to {{doc.recipient}}
@p {{subject.profile}}
@p {{decision.procedure}}，给予{{subject.name}}同志{{decision.sanction}}处分，自{{decision.effective_on}}起生效。
@p 依照《中国共产党纪律处分条例》第十二条，{{probation.sentence}}
@signature {{doc.signature}}
@date {{doc.date}}
@cc {{doc.cc}}
@issuer {{unit.printing_office}}
@printed {{doc.printing_date}}
