# 处分决定执行情况报告 (《中国共产党纪律处分条例》第四十五条): 受处分党员所在的基层党委执行处分，向作出或者批准处分决定的组织报告
@title 关于{{subject.name}}同志党纪处分决定执行情况的报告
@to {{decision.decided_by}}
@p {{decision.summary}}现将执行情况报告如下：
@p 一、处分决定已于{{execution.announced_on}}向{{subject.name}}同志宣布。
@p 二、{{execution.archived}}
@p 三、{{execution.personnel}}
@p 特此报告。
@signature {{signature.grassroots_committee}}
@date {{doc.date}}
