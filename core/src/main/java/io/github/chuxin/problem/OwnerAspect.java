package io.github.chuxin.problem;

import io.github.chuxin.i18n.Label;
import io.github.chuxin.i18n.Labelled;

/**
 * What a problem is about, as a leader "puts himself, his duties and his work in"
 * 把自己擺進去、把職責擺進去、把工作擺進去 (把自己摆进去、把职责摆进去、把工作摆进去).
 */
public enum OwnerAspect implements Labelled {
  /** 自己 (自己): the person. */
  PERSON(Label.of("the person", "自己", "自己")),
  /** 職責 (职责): the duty. */
  DUTY(Label.of("the duty", "职责", "職責")),
  /** 工作 (工作): the work. */
  WORK(Label.of("the work", "工作", "工作"));

  private final Label label;

  OwnerAspect(Label label) {
    this.label = label;
  }

  @Override
  public Label label() {
    return label;
  }
}
