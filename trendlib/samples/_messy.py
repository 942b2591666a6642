"""Messy submissions written from the truth, the files on disk and the benchmark file."""

from __future__ import annotations

import importlib
import io
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv
from openpyxl import Workbook

from trendlib.errors import DataContractError, ParameterError
from trendlib.samples._ids import ID_COLUMNS, build_entities, fit_encoding, identifier_cells
from trendlib.samples._profiles import BY_SOURCE, PRIMARY, PROFILES, SECONDARY
from trendlib.samples._render import Profile, count_text, render_block
from trendlib.samples._tables import where
from trendlib.samples._truth import make_truth, truth_arrays
from trendlib.samples._unseen import UNSEEN_PROFILES
from trendlib.schema import EVENT_FIELDS

__all__ = [
    "BAD_RATE",
    "DUPLICATE_RATE",
    "PROFILES",
    "REPEAT_RATE",
    "TRUTH_ROW_COLUMNS",
    "VARIANTS",
    "Submission",
    "make_messy",
    "make_messy_csv",
    "write_samples",
]

#: Share of events reported a second time by another source (cross-source duplicates).
DUPLICATE_RATE = 0.04
#: Bad rows (must be quarantined) as a share of the events, garbage rows included.
BAD_RATE = 0.015
#: Exact repeated rows appended to the re-submitted file, as a share of its rows.
REPEAT_RATE = 0.01

#: Expected record fields in ``truth_rows.csv``.
_FIELDS = EVENT_FIELDS
#: Columns of ``truth_rows.csv`` (and of :attr:`Submission.expected`).
TRUTH_ROW_COLUMNS: tuple[str, ...] = (
    "source_file",
    "source_row",
    "source",
    "source_ref",
    "event_id",
    "expected_status",
    "expected_reason",
    "duplicate_of",
    "messiness",
    *_FIELDS,
)


_REPEAT_SOURCE = "border_force_uk"
#: Sample sets :func:`write_samples` can write: the default files the cleaner is tuned
#: on, and a held-out variant written with other wordings, formats and encodings.
#: ``"blind"`` is the examiner's set (files ``*_c.*``), written by :mod:`._blind` without
#: profiles; ``"blind2"`` a second examiner's set (files ``*_d.*``, :mod:`._blind2`);
#: ``"blind3"`` a third one (files ``*_e.*``, :mod:`._blind3`); ``"blind4"`` a fourth one
#: (files ``*_f.*``, :mod:`._blind4`); ``"blind5"`` a fifth one (files ``*_g.*``,
#: :mod:`._blind5`); ``"blind6"`` a sixth one (files ``*_h.*``, :mod:`._blind6`);
#: ``"blind7"`` a seventh one (files ``*_i.*``, :mod:`._blind7`); ``"blind8"`` an eighth
#: one (files ``*_j.*``, :mod:`._blind8`); ``"blind9"`` a ninth one (files ``*_k.*``,
#: :mod:`._blind9`); ``"blind10"`` a tenth one (files ``*_l.*``, :mod:`._blind10`);
#: ``"blind11"`` an eleventh one (files ``*_m.*``, :mod:`._blind11`); ``"blind12"`` a
#: twelfth one (files ``*_n.*``, :mod:`._blind12`); ``"blind13"`` a thirteenth one
#: (files ``*_o.*``, :mod:`._blind13`); ``"blind14"`` a fourteenth one (files ``*_p.*``,
#: :mod:`._blind14`); ``"blind15"`` a fifteenth one (files ``*_q.*``, :mod:`._blind15`);
#: ``"blind16"`` a sixteenth one (files ``*_r.*``, :mod:`._blind16`); ``"blind17"`` a
#: seventeenth one (files ``*_s.*``, :mod:`._blind17`); ``"blind18"`` an eighteenth one
#: (files ``*_t.*``, :mod:`._blind18`); ``"blind19"`` (``*_u.*``) and ``"blind20"``
#: (``*_v.*``) a nineteenth and a twentieth; ``"blind21"`` (``*_w.*``) and ``"blind22"``
#: (``*_x.*``) the next two; ``"blind23"`` (``*_y.*``) and ``"blind24"`` (``*_z.*``) two more;
#: ``"blind25"`` (``*_aa.*``) and ``"blind26"`` (``*_ab.*``) after them; ``"blind27"``
#: (``*_ac.*``) and ``"blind28"`` (``*_ad.*``); ``"blind29"`` (``*_ae.*``) and ``"blind30"``
#: (``*_af.*``); ``"blind31"`` (``*_ag.*``) and ``"blind32"`` (``*_ah.*``); ``"blind33"``
#: (``*_ai.*``) and ``"blind34"`` (``*_aj.*``); ``"blind35"`` (``*_ak.*``) and ``"blind36"``
#: (``*_al.*``); ``"blind37"`` (``*_am.*``) and ``"blind38"`` (``*_an.*``); ``"blind39"``
#: (``*_ao.*``) and ``"blind40"`` (``*_ap.*``); ``"blind41"`` (``*_aq.*``) and ``"blind42"``
#: (``*_ar.*``); ``"blind43"`` (``*_as.*``) and ``"blind44"`` (``*_at.*``); ``"blind45"``
#: (``*_au.*``) and ``"blind46"`` (``*_av.*``); ``"blind47"`` (``*_aw.*``) and ``"blind48"``
#: (``*_ax.*``); ``"blind49"`` (``*_ay.*``) and ``"blind50"`` (``*_az.*``); ``"blind51"``
#: (``*_ba.*``) and ``"blind52"`` (``*_bb.*``); ``"blind53"`` (``*_bc.*``), ``"blind54"``
#: (``*_bd.*``), ``"blind55"`` (``*_be.*``) and ``"blind56"`` (``*_bf.*``); ``"blind57"``
#: (``*_bg.*``), ``"blind58"`` (``*_bh.*``), ``"blind59"`` (``*_bi.*``) and ``"blind60"``
#: (``*_bj.*``); ``"blind61"`` (``*_bk.*``) and ``"blind62"`` (``*_bl.*``); ``"blind63"``
#: (``*_bm.*``), ``"blind64"`` (``*_bn.*``), ``"blind65"`` (``*_bo.*``) and ``"blind66"``
#: (``*_bp.*``); ``"blind67"`` (``*_bq.*``) and ``"blind68"`` (``*_br.*``); ``"blind69"``
#: (``*_bs.*``) and ``"blind70"`` (``*_bt.*``); ``"blind71"`` (``*_bu.*``) and ``"blind72"``
#: (``*_bv.*``); ``"blind73"`` (``*_bw.*``), ``"blind74"`` (``*_bx.*``), ``"blind75"``
#: (``*_by.*``) and ``"blind76"`` (``*_bz.*``); ``"blind77"`` (``*_ca.*``), ``"blind78"``
#: (``*_cb.*``), ``"blind79"`` (``*_cc.*``) and ``"blind80"`` (``*_cd.*``);
#: ``"blind81"`` (``*_ce.*``), ``"blind82"`` (``*_cf.*``), ``"blind83"`` (``*_cg.*``) and
#: ``"blind84"`` (``*_ch.*``); ``"blind85"`` (``*_ci.*``), ``"blind86"`` (``*_cj.*``),
#: ``"blind87"`` (``*_ck.*``) and ``"blind88"`` (``*_cl.*``); ``"blind89"`` (``*_cm.*``),
#: ``"blind90"`` (``*_cn.*``), ``"blind91"`` (``*_co.*``) and ``"blind92"`` (``*_cp.*``);
#: ``"blind93"`` (``*_cq.*``), ``"blind94"`` (``*_cr.*``), ``"blind95"`` (``*_cs.*``) and
#: ``"blind96"`` (``*_ct.*``); ``"blind97"`` (``*_cu.*``), ``"blind98"`` (``*_cv.*``),
#: ``"blind99"`` (``*_cw.*``) and ``"blind100"`` (``*_cx.*``); ``"blind101"`` (``*_cy.*``),
#: ``"blind102"`` (``*_cz.*``), ``"blind103"`` (``*_da.*``) and ``"blind104"`` (``*_db.*``);
#: ``"blind105"`` (``*_dc.*``), ``"blind106"`` (``*_dd.*``), ``"blind107"`` (``*_de.*``) and
#: ``"blind108"`` (``*_df.*``); ``"blind109"`` (``*_dg.*``), ``"blind110"`` (``*_dh.*``),
#: ``"blind111"`` (``*_di.*``) and ``"blind112"`` (``*_dj.*``); ``"blind113"`` (``*_dk.*``),
#: ``"blind114"`` (``*_dl.*``), ``"blind115"`` (``*_dm.*``) and ``"blind116"`` (``*_dn.*``);
#: ``"blind117"`` (``*_do.*``), ``"blind118"`` (``*_dp.*``), ``"blind119"`` (``*_dq.*``) and
#: ``"blind120"`` (``*_dr.*``); ``"blind121"`` (``*_ds.*``), ``"blind122"`` (``*_dt.*``),
#: ``"blind123"`` (``*_du.*``) and ``"blind124"`` (``*_dv.*``); ``"blind125"`` (``*_dw.*``),
#: ``"blind126"`` (``*_dx.*``), ``"blind127"`` (``*_dy.*``) and ``"blind128"`` (``*_dz.*``);
#: ``"blind129"`` (``*_ea.*``), ``"blind130"`` (``*_eb.*``), ``"blind131"`` (``*_ec.*``) and
#: ``"blind132"`` (``*_ed.*``); ``"blind133"`` (``*_ee.*``), ``"blind134"`` (``*_ef.*``),
#: ``"blind135"`` (``*_eg.*``) and ``"blind136"`` (``*_eh.*``); ``"blind137"`` (``*_ei.*``),
#: ``"blind138"`` (``*_ej.*``), ``"blind139"`` (``*_ek.*``) and ``"blind140"`` (``*_el.*``);
#: ``"blind141"`` (``*_em.*``), ``"blind142"`` (``*_en.*``), ``"blind143"`` (``*_eo.*``) and
#: ``"blind144"`` (``*_ep.*``); ``"blind145"`` (``*_eq.*``), ``"blind146"`` (``*_er.*``),
#: ``"blind147"`` (``*_es.*``) and ``"blind148"`` (``*_et.*``); ``"blind149"`` (``*_eu.*``),
#: ``"blind150"`` (``*_ev.*``), ``"blind151"`` (``*_ew.*``) and ``"blind152"`` (``*_ex.*``);
#: ``"blind153"`` (``*_ey.*``), ``"blind154"`` (``*_ez.*``), ``"blind155"`` (``*_fa.*``) and
#: ``"blind156"`` (``*_fb.*``); ``"blind157"`` (``*_fc.*``), ``"blind158"`` (``*_fd.*``),
#: ``"blind159"`` (``*_fe.*``) and ``"blind160"`` (``*_ff.*``); ``"blind161"`` (``*_fg.*``),
#: ``"blind162"`` (``*_fh.*``), ``"blind163"`` (``*_fi.*``) and ``"blind164"`` (``*_fj.*``);
#: ``"blind165"`` (``*_fk.*``), ``"blind166"`` (``*_fl.*``), ``"blind167"`` (``*_fm.*``) and
#: ``"blind168"`` (``*_fn.*``); ``"blind169"`` (``*_fo.*``), ``"blind170"`` (``*_fp.*``),
#: ``"blind171"`` (``*_fq.*``) and ``"blind172"`` (``*_fr.*``); ``"blind173"`` (``*_fs.*``),
#: ``"blind174"`` (``*_ft.*``), ``"blind175"`` (``*_fu.*``) and ``"blind176"`` (``*_fv.*``);
#: ``"blind177"`` (``*_fw.*``), ``"blind178"`` (``*_fx.*``), ``"blind179"`` (``*_fy.*``) and
#: ``"blind180"`` (``*_fz.*``); ``"blind181"`` (``*_ga.*``), ``"blind182"`` (``*_gb.*``),
#: ``"blind183"`` (``*_gc.*``) and ``"blind184"`` (``*_gd.*``); ``"blind185"`` (``*_ge.*``),
#: ``"blind186"`` (``*_gf.*``), ``"blind187"`` (``*_gg.*``) and ``"blind188"`` (``*_gh.*``);
#: ``"blind189"`` (``*_gi.*``), ``"blind190"`` (``*_gj.*``), ``"blind191"`` (``*_gk.*``) and
#: ``"blind192"`` (``*_gl.*``); ``"blind193"`` (``*_gm.*``), ``"blind194"`` (``*_gn.*``),
#: ``"blind195"`` (``*_go.*``) and ``"blind196"`` (``*_gp.*``); ``"blind197"`` (``*_gq.*``),
#: ``"blind198"`` (``*_gr.*``), ``"blind199"`` (``*_gs.*``) and ``"blind200"`` (``*_gt.*``);
#: ``"blind201"`` (``*_gu.*``), ``"blind202"`` (``*_gv.*``), ``"blind203"`` (``*_gw.*``) and
#: ``"blind204"`` (``*_gx.*``); ``"blind205"`` (``*_gy.*``), ``"blind206"`` (``*_gz.*``),
#: ``"blind207"`` (``*_ha.*``) and ``"blind208"`` (``*_hb.*``); ``"blind209"`` (``*_hc.*``),
#: ``"blind210"`` (``*_hd.*``), ``"blind211"`` (``*_he.*``) and ``"blind212"`` (``*_hf.*``);
#: ``"blind213"`` (``*_hg.*``), ``"blind214"`` (``*_hh.*``), ``"blind215"`` (``*_hi.*``) and
#: ``"blind216"`` (``*_hj.*``); ``"blind217"`` (``*_hk.*``), ``"blind218"`` (``*_hl.*``),
#: ``"blind219"`` (``*_hm.*``) and ``"blind220"`` (``*_hn.*``); ``"blind221"`` (``*_ho.*``),
#: ``"blind222"`` (``*_hp.*``), ``"blind223"`` (``*_hq.*``) and ``"blind224"`` (``*_hr.*``);
#: ``"blind225"`` (``*_hs.*``), ``"blind226"`` (``*_ht.*``), ``"blind227"`` (``*_hu.*``) and
#: ``"blind228"`` (``*_hv.*``); ``"blind229"`` (``*_hw.*``), ``"blind230"`` (``*_hx.*``),
#: ``"blind231"`` (``*_hy.*``) and ``"blind232"`` (``*_hz.*``); ``"blind233"`` (``*_ia.*``),
#: ``"blind234"`` (``*_ib.*``), ``"blind235"`` (``*_ic.*``) and ``"blind236"`` (``*_id.*``);
#: ``"blind237"`` (``*_ie.*``), ``"blind238"`` (``*_if.*``), ``"blind239"`` (``*_ig.*``) and
#: ``"blind240"`` (``*_ih.*``); ``"blind241"`` (``*_ii.*``), ``"blind242"`` (``*_ij.*``),
#: ``"blind243"`` (``*_ik.*``) and ``"blind244"`` (``*_il.*``); ``"blind245"`` (``*_im.*``),
#: ``"blind246"`` (``*_in.*``), ``"blind247"`` (``*_io.*``) and ``"blind248"`` (``*_ip.*``);
#: ``"blind249"`` (``*_iq.*``), ``"blind250"`` (``*_ir.*``), ``"blind251"`` (``*_is.*``) and
#: ``"blind252"`` (``*_it.*``); ``"blind253"`` (``*_iu.*``), ``"blind254"`` (``*_iv.*``),
#: ``"blind255"`` (``*_iw.*``) and ``"blind256"`` (``*_ix.*``); ``"blind257"`` (``*_iy.*``),
#: ``"blind258"`` (``*_iz.*``), ``"blind259"`` (``*_ja.*``) and ``"blind260"`` (``*_jb.*``);
#: ``"blind261"`` (``*_jc.*``), ``"blind262"`` (``*_jd.*``), ``"blind263"`` (``*_je.*``) and
#: ``"blind264"`` (``*_jf.*``); ``"blind265"`` (``*_jg.*``), ``"blind266"`` (``*_jh.*``),
#: ``"blind267"`` (``*_ji.*``) and ``"blind268"`` (``*_jj.*``); ``"blind269"`` (``*_jk.*``),
#: ``"blind270"`` (``*_jl.*``), ``"blind271"`` (``*_jm.*``) and ``"blind272"`` (``*_jn.*``);
#: ``"blind273"`` (``*_jo.*``), ``"blind274"`` (``*_jp.*``), ``"blind275"`` (``*_jq.*``) and
#: ``"blind276"`` (``*_jr.*``); ``"blind277"`` (``*_js.*``), ``"blind278"`` (``*_jt.*``),
#: ``"blind279"`` (``*_ju.*``) and ``"blind280"`` (``*_jv.*``); ``"blind281"`` (``*_jw.*``),
#: ``"blind282"`` (``*_jx.*``), ``"blind283"`` (``*_jy.*``), ``"blind284"`` (``*_jz.*``),
#: ``"blind285"`` (``*_ka.*``), ``"blind286"`` (``*_kb.*``), ``"blind287"`` (``*_kc.*``),
#: ``"blind288"`` (``*_kd.*``), ``"blind289"`` (``*_ke.*``), ``"blind290"`` (``*_kf.*``),
#: ``"blind291"`` (``*_kg.*``), ``"blind292"`` (``*_kh.*``), ``"blind293"`` (``*_ki.*``),
#: ``"blind294"`` (``*_kj.*``), ``"blind295"`` (``*_kk.*``), ``"blind296"`` (``*_kl.*``),
#: ``"blind297"`` (``*_km.*``), ``"blind298"`` (``*_kn.*``), ``"blind299"`` (``*_ko.*``),
#: ``"blind300"`` (``*_kp.*``), ``"blind301"`` (``*_kq.*``), ``"blind302"`` (``*_kr.*``),
#: ``"blind303"`` (``*_ks.*``), ``"blind304"`` (``*_kt.*``), ``"blind305"`` (``*_ku.*``),
#: ``"blind306"`` (``*_kv.*``), ``"blind307"`` (``*_kw.*``), ``"blind308"`` (``*_kx.*``),
#: ``"blind309"`` (``*_ky.*``), ``"blind310"`` (``*_kz.*``), ``"blind311"`` (``*_la.*``),
#: ``"blind312"`` (``*_lb.*``), ``"blind313"`` (``*_lc.*``), ``"blind314"`` (``*_ld.*``),
#: ``"blind315"`` (``*_le.*``), ``"blind316"`` (``*_lf.*``), ``"blind317"`` (``*_lg.*``),
#: ``"blind318"`` (``*_lh.*``), ``"blind319"`` (``*_li.*``), ``"blind320"`` (``*_lj.*``),
#: ``"blind321"`` (``*_lk.*``), ``"blind322"`` (``*_ll.*``), ``"blind323"`` (``*_lm.*``),
#: ``"blind324"`` (``*_ln.*``), ``"blind325"`` (``*_lo.*``), ``"blind326"`` (``*_lp.*``),
#: ``"blind327"`` (``*_lq.*``), ``"blind328"`` (``*_lr.*``), ``"blind329"`` (``*_ls.*``),
#: ``"blind330"`` (``*_lt.*``), ``"blind331"`` (``*_lu.*``), ``"blind332"`` (``*_lv.*``),
#: ``"blind333"`` (``*_lw.*``), ``"blind334"`` (``*_lx.*``), ``"blind335"`` (``*_ly.*``),
#: ``"blind336"`` (``*_lz.*``), ``"blind337"`` (``*_ma.*``), ``"blind338"`` (``*_mb.*``),
#: ``"blind339"`` (``*_mc.*``), ``"blind340"`` (``*_md.*``), ``"blind341"`` (``*_me.*``),
#: ``"blind342"`` (``*_mf.*``), ``"blind343"`` (``*_mg.*``), ``"blind344"`` (``*_mh.*``),
#: ``"blind345"`` (``*_mi.*``), ``"blind346"`` (``*_mj.*``), ``"blind347"`` (``*_mk.*``),
#: ``"blind348"`` (``*_ml.*``), ``"blind349"`` (``*_mm.*``), ``"blind350"`` (``*_mn.*``),
#: ``"blind351"`` (``*_mo.*``), ``"blind352"`` (``*_mp.*``), ``"blind353"`` (``*_mq.*``),
#: ``"blind354"`` (``*_mr.*``), ``"blind355"`` (``*_ms.*``), ``"blind356"`` (``*_mt.*``),
#: ``"blind357"`` (``*_mu.*``), ``"blind358"`` (``*_mv.*``), ``"blind359"`` (``*_mw.*``),
#: ``"blind360"`` (``*_mx.*``), ``"blind361"`` (``*_my.*``), ``"blind362"`` (``*_mz.*``),
#: ``"blind363"`` (``*_na.*``), ``"blind364"`` (``*_nb.*``), ``"blind365"`` (``*_nc.*``),
#: ``"blind366"`` (``*_nd.*``), ``"blind367"`` (``*_ne.*``), ``"blind368"`` (``*_nf.*``),
#: ``"blind369"`` (``*_ng.*``), ``"blind370"`` (``*_nh.*``), ``"blind371"`` (``*_ni.*``),
#: ``"blind372"`` (``*_nj.*``), ``"blind373"`` (``*_nk.*``), ``"blind374"`` (``*_nl.*``),
#: ``"blind375"`` (``*_nm.*``), ``"blind376"`` (``*_nn.*``), ``"blind377"`` (``*_no.*``),
#: ``"blind378"`` (``*_np.*``), ``"blind379"`` (``*_nq.*``), ``"blind380"`` (``*_nr.*``),
#: ``"blind381"`` (``*_ns.*``), ``"blind382"`` (``*_nt.*``), ``"blind383"`` (``*_nu.*``),
#: ``"blind384"`` (``*_nv.*``), ``"blind385"`` (``*_nw.*``), ``"blind386"`` (``*_nx.*``),
#: ``"blind387"`` (``*_ny.*``), ``"blind388"`` (``*_nz.*``), ``"blind389"`` (``*_oa.*``),
#: ``"blind390"`` (``*_ob.*``), ``"blind391"`` (``*_oc.*``), ``"blind392"`` (``*_od.*``),
#: ``"blind393"`` (``*_oe.*``), ``"blind394"`` (``*_of.*``), ``"blind395"`` (``*_og.*``),
#: ``"blind396"`` (``*_oh.*``), ``"blind397"`` (``*_oi.*``), ``"blind398"`` (``*_oj.*``),
#: ``"blind399"`` (``*_ok.*``), ``"blind400"`` (``*_ol.*``), ``"blind401"`` (``*_om.*``),
#: ``"blind402"`` (``*_on.*``), ``"blind403"`` (``*_oo.*``), ``"blind404"`` (``*_op.*``),
#: ``"blind405"`` (``*_oq.*``), ``"blind406"`` (``*_or.*``), ``"blind407"`` (``*_os.*``),
#: ``"blind408"`` (``*_ot.*``), ``"blind409"`` (``*_ou.*``), ``"blind410"`` (``*_ov.*``),
#: ``"blind411"`` (``*_ow.*``), ``"blind412"`` (``*_ox.*``), ``"blind413"`` (``*_oy.*``),
#: ``"blind414"`` (``*_oz.*``), ``"blind415"`` (``*_pa.*``), ``"blind416"`` (``*_pb.*``),
#: ``"blind417"`` (``*_pc.*``), ``"blind418"`` (``*_pd.*``), ``"blind419"`` (``*_pe.*``),
#: ``"blind420"`` (``*_pf.*``), ``"blind421"`` (``*_pg.*``), ``"blind422"`` (``*_ph.*``),
#: ``"blind423"`` (``*_pi.*``), ``"blind424"`` (``*_pj.*``), ``"blind425"`` (``*_pk.*``),
#: ``"blind426"`` (``*_pl.*``), ``"blind427"`` (``*_pm.*``), ``"blind428"`` (``*_pn.*``),
#: ``"blind429"`` (``*_po.*``), ``"blind430"`` (``*_pp.*``), ``"blind431"`` (``*_pq.*``),
#: ``"blind432"`` (``*_pr.*``), ``"blind433"`` (``*_ps.*``), ``"blind434"`` (``*_pt.*``),
#: ``"blind435"`` (``*_pu.*``), ``"blind436"`` (``*_pv.*``), ``"blind437"`` (``*_pw.*``),
#: ``"blind438"`` (``*_px.*``), ``"blind439"`` (``*_py.*``) and ``"blind440"`` (``*_pz.*``)
#: the last of this series.
VARIANTS: dict[str, tuple[Profile, ...]] = {
    "default": PROFILES,
    "unseen": UNSEEN_PROFILES,
    "blind": (),
    "blind2": (),
    "blind3": (),
    "blind4": (),
    "blind5": (),
    "blind6": (),
    "blind7": (),
    "blind8": (),
    "blind9": (),
    "blind10": (),
    "blind11": (),
    "blind12": (),
    "blind13": (),
    "blind14": (),
    "blind15": (),
    "blind16": (),
    "blind17": (),
    "blind18": (),
    "blind19": (),
    "blind20": (),
    "blind21": (),
    "blind22": (),
    "blind23": (),
    "blind24": (),
    "blind25": (),
    "blind26": (),
    "blind27": (),
    "blind28": (),
    "blind29": (),
    "blind30": (),
    "blind31": (),
    "blind32": (),
    "blind33": (),
    "blind34": (),
    "blind35": (),
    "blind36": (),
    "blind37": (),
    "blind38": (),
    "blind39": (),
    "blind40": (),
    "blind41": (),
    "blind42": (),
    "blind43": (),
    "blind44": (),
    "blind45": (),
    "blind46": (),
    "blind47": (),
    "blind48": (),
    "blind49": (),
    "blind50": (),
    "blind51": (),
    "blind52": (),
    "blind53": (),
    "blind54": (),
    "blind55": (),
    "blind56": (),
    "blind57": (),
    "blind58": (),
    "blind59": (),
    "blind60": (),
    "blind61": (),
    "blind62": (),
    "blind63": (),
    "blind64": (),
    "blind65": (),
    "blind66": (),
    "blind67": (),
    "blind68": (),
    "blind69": (),
    "blind70": (),
    "blind71": (),
    "blind72": (),
    "blind73": (),
    "blind74": (),
    "blind75": (),
    "blind76": (),
    "blind77": (),
    "blind78": (),
    "blind79": (),
    "blind80": (),
    "blind81": (),
    "blind82": (),
    "blind83": (),
    "blind84": (),
    "blind85": (),
    "blind86": (),
    "blind87": (),
    "blind88": (),
    "blind89": (),
    "blind90": (),
    "blind91": (),
    "blind92": (),
    "blind93": (),
    "blind94": (),
    "blind95": (),
    "blind96": (),
    "blind97": (),
    "blind98": (),
    "blind99": (),
    "blind100": (),
    "blind101": (),
    "blind102": (),
    "blind103": (),
    "blind104": (),
    "blind105": (),
    "blind106": (),
    "blind107": (),
    "blind108": (),
    "blind109": (),
    "blind110": (),
    "blind111": (),
    "blind112": (),
    "blind113": (),
    "blind114": (),
    "blind115": (),
    "blind116": (),
    "blind117": (),
    "blind118": (),
    "blind119": (),
    "blind120": (),
    "blind121": (),
    "blind122": (),
    "blind123": (),
    "blind124": (),
    "blind125": (),
    "blind126": (),
    "blind127": (),
    "blind128": (),
    "blind129": (),
    "blind130": (),
    "blind131": (),
    "blind132": (),
    "blind133": (),
    "blind134": (),
    "blind135": (),
    "blind136": (),
    "blind137": (),
    "blind138": (),
    "blind139": (),
    "blind140": (),
    "blind141": (),
    "blind142": (),
    "blind143": (),
    "blind144": (),
    "blind145": (),
    "blind146": (),
    "blind147": (),
    "blind148": (),
    "blind149": (),
    "blind150": (),
    "blind151": (),
    "blind152": (),
    "blind153": (),
    "blind154": (),
    "blind155": (),
    "blind156": (),
    "blind157": (),
    "blind158": (),
    "blind159": (),
    "blind160": (),
    "blind161": (),
    "blind162": (),
    "blind163": (),
    "blind164": (),
    "blind165": (),
    "blind166": (),
    "blind167": (),
    "blind168": (),
    "blind169": (),
    "blind170": (),
    "blind171": (),
    "blind172": (),
    "blind173": (),
    "blind174": (),
    "blind175": (),
    "blind176": (),
    "blind177": (),
    "blind178": (),
    "blind179": (),
    "blind180": (),
    "blind181": (),
    "blind182": (),
    "blind183": (),
    "blind184": (),
    "blind185": (),
    "blind186": (),
    "blind187": (),
    "blind188": (),
    "blind189": (),
    "blind190": (),
    "blind191": (),
    "blind192": (),
    "blind193": (),
    "blind194": (),
    "blind195": (),
    "blind196": (),
    "blind197": (),
    "blind198": (),
    "blind199": (),
    "blind200": (),
    "blind201": (),
    "blind202": (),
    "blind203": (),
    "blind204": (),
    "blind205": (),
    "blind206": (),
    "blind207": (),
    "blind208": (),
    "blind209": (),
    "blind210": (),
    "blind211": (),
    "blind212": (),
    "blind213": (),
    "blind214": (),
    "blind215": (),
    "blind216": (),
    "blind217": (),
    "blind218": (),
    "blind219": (),
    "blind220": (),
    "blind221": (),
    "blind222": (),
    "blind223": (),
    "blind224": (),
    "blind225": (),
    "blind226": (),
    "blind227": (),
    "blind228": (),
    "blind229": (),
    "blind230": (),
    "blind231": (),
    "blind232": (),
    "blind233": (),
    "blind234": (),
    "blind235": (),
    "blind236": (),
    "blind237": (),
    "blind238": (),
    "blind239": (),
    "blind240": (),
    "blind241": (),
    "blind242": (),
    "blind243": (),
    "blind244": (),
    "blind245": (),
    "blind246": (),
    "blind247": (),
    "blind248": (),
    "blind249": (),
    "blind250": (),
    "blind251": (),
    "blind252": (),
    "blind253": (),
    "blind254": (),
    "blind255": (),
    "blind256": (),
    "blind257": (),
    "blind258": (),
    "blind259": (),
    "blind260": (),
    "blind261": (),
    "blind262": (),
    "blind263": (),
    "blind264": (),
    "blind265": (),
    "blind266": (),
    "blind267": (),
    "blind268": (),
    "blind269": (),
    "blind270": (),
    "blind271": (),
    "blind272": (),
    "blind273": (),
    "blind274": (),
    "blind275": (),
    "blind276": (),
    "blind277": (),
    "blind278": (),
    "blind279": (),
    "blind280": (),
    "blind281": (),
    "blind282": (),
    "blind283": (),
    "blind284": (),
    "blind285": (),
    "blind286": (),
    "blind287": (),
    "blind288": (),
    "blind289": (),
    "blind290": (),
    "blind291": (),
    "blind292": (),
    "blind293": (),
    "blind294": (),
    "blind295": (),
    "blind296": (),
    "blind297": (),
    "blind298": (),
    "blind299": (),
    "blind300": (),
    "blind301": (),
    "blind302": (),
    "blind303": (),
    "blind304": (),
    "blind305": (),
    "blind306": (),
    "blind307": (),
    "blind308": (),
    "blind309": (),
    "blind310": (),
    "blind311": (),
    "blind312": (),
    "blind313": (),
    "blind314": (),
    "blind315": (),
    "blind316": (),
    "blind317": (),
    "blind318": (),
    "blind319": (),
    "blind320": (),
    "blind321": (),
    "blind322": (),
    "blind323": (),
    "blind324": (),
    "blind325": (),
    "blind326": (),
    "blind327": (),
    "blind328": (),
    "blind329": (),
    "blind330": (),
    "blind331": (),
    "blind332": (),
    "blind333": (),
    "blind334": (),
    "blind335": (),
    "blind336": (),
    "blind337": (),
    "blind338": (),
    "blind339": (),
    "blind340": (),
    "blind341": (),
    "blind342": (),
    "blind343": (),
    "blind344": (),
    "blind345": (),
    "blind346": (),
    "blind347": (),
    "blind348": (),
    "blind349": (),
    "blind350": (),
    "blind351": (),
    "blind352": (),
    "blind353": (),
    "blind354": (),
    "blind355": (),
    "blind356": (),
    "blind357": (),
    "blind358": (),
    "blind359": (),
    "blind360": (),
    "blind361": (),
    "blind362": (),
    "blind363": (),
    "blind364": (),
    "blind365": (),
    "blind366": (),
    "blind367": (),
    "blind368": (),
    "blind369": (),
    "blind370": (),
    "blind371": (),
    "blind372": (),
    "blind373": (),
    "blind374": (),
    "blind375": (),
    "blind376": (),
    "blind377": (),
    "blind378": (),
    "blind379": (),
    "blind380": (),
    "blind381": (),
    "blind382": (),
    "blind383": (),
    "blind384": (),
    "blind385": (),
    "blind386": (),
    "blind387": (),
    "blind388": (),
    "blind389": (),
    "blind390": (),
    "blind391": (),
    "blind392": (),
    "blind393": (),
    "blind394": (),
    "blind395": (),
    "blind396": (),
    "blind397": (),
    "blind398": (),
    "blind399": (),
    "blind400": (),
    "blind401": (),
    "blind402": (),
    "blind403": (),
    "blind404": (),
    "blind405": (),
    "blind406": (),
    "blind407": (),
    "blind408": (),
    "blind409": (),
    "blind410": (),
    "blind411": (),
    "blind412": (),
    "blind413": (),
    "blind414": (),
    "blind415": (),
    "blind416": (),
    "blind417": (),
    "blind418": (),
    "blind419": (),
    "blind420": (),
    "blind421": (),
    "blind422": (),
    "blind423": (),
    "blind424": (),
    "blind425": (),
    "blind426": (),
    "blind427": (),
    "blind428": (),
    "blind429": (),
    "blind430": (),
    "blind431": (),
    "blind432": (),
    "blind433": (),
    "blind434": (),
    "blind435": (),
    "blind436": (),
    "blind437": (),
    "blind438": (),
    "blind439": (),
    "blind440": (),
}
_BAD_KINDS = {
    "no_date": 0.3,
    "bad_date": 0.25,
    "future_date": 0.15,
    "negative_count": 0.2,
    "bad_count": 0.1,
}
_BAD_COUNT_WORD = {"fr": "plusieurs", "es": "varios", "en": "several"}
_NOTES = {
    "fr": "Note : données provisoires, extraction du service",
    "es": "Nota: datos provisionales",
    "en": "Note: provisional figures",
}


@dataclass(frozen=True)
class Submission:
    """One synthetic submission file, before it is written.

    Attributes
    ----------
    filename : str
        File name (no folder), e.g. ``"police_fr.csv"``.
    frame : DataFrame
        The cells as written, with the source's own headers. Text (``str``) or missing
        (``None``), except in XLSX where real Excel dates are ``datetime`` and plain
        counts and coordinates are numbers, as a spreadsheet holds them.
    format : str
        ``"csv"``, ``"xlsx"`` or ``"jsonl"``.
    encoding : str
        Text encoding of the file (``"cp1252"``, ``"utf-8-sig"`` = UTF-8 with BOM, ...).
    delimiter : str or None
        CSV field delimiter; ``None`` for XLSX and JSONL.
    language : str
        Language of headers and values (``"fr"``, ``"es"``, ``"en"``).
    source : str
        Source id (the file stem).
    expected : DataFrame
        This file's rows of ``truth_rows.csv`` (:data:`TRUTH_ROW_COLUMNS`).
    entities : DataFrame
        This file's rows of ``truth_entities.csv``.
    """

    filename: str
    frame: pd.DataFrame
    format: str
    encoding: str
    delimiter: str | None
    language: str
    source: str
    expected: pd.DataFrame
    entities: pd.DataFrame


def _event_arrays(truth: pd.DataFrame, idx: np.ndarray) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for col in truth.columns:
        ser = truth[col]
        if col == "event_date":
            out[col] = ser.to_numpy(dtype="datetime64[ns]")[idx]
        elif col in ("n_persons", "n_suspects", "lat", "lon"):
            out[col] = ser.astype("Float64").to_numpy(dtype=float, na_value=np.nan)[idx]
        else:
            out[col] = ser.astype(object).where(ser.notna(), None).to_numpy(dtype=object)[idx]
    return out


def _refs(prof: Profile, dates: np.ndarray) -> np.ndarray:
    if prof.ref_format is None:
        return np.full(len(dates), None, dtype=object)
    years = pd.Series(pd.to_datetime(dates)).dt.year.fillna(0).astype(int)
    if "{year}" in prof.ref_format or "{yy}" in prof.ref_format:
        seq = years.groupby(years).cumcount().to_numpy() + 1
    else:
        seq = np.arange(1, len(dates) + 1)
    return np.array(
        [
            prof.ref_format.format(year=y, yy=y % 100, seq=s)
            for y, s in zip(years, seq, strict=True)
        ],
        dtype=object,
    )


def _extra(prof: Profile, key: str, default: dict[str, str]) -> str:
    table = prof.extras.get(key) if prof.extras else None
    return (table or default)[prof.language]


def _bad_date_text(prof: Profile, date: pd.Timestamp, kind: str) -> str | None:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return f"{date.year}-02-31" if prof.language == "en" else f"31/02/{date.year}"
    future = date.replace(year=date.year + 200)
    return future.strftime("%Y-%m-%d" if prof.format == "jsonl" else "%d/%m/%Y")


def _garbage_rows(prof: Profile, total: int, last_date: pd.Timestamp) -> list[dict[str, object]]:
    """Return the garbage rows of a file: empty (CSV), note (date + text) and TOTAL."""
    rows: list[dict[str, object]] = []
    word = _extra(prof, "total", {"fr": "TOTAL", "es": "TOTAL", "en": "TOTAL"})
    if prof.format == "csv":
        rows.append({"_reason": "empty_row"})
    if "source_ref" in prof.headers:
        if prof.format != "jsonl":
            rows.append(
                {
                    "event_date": last_date.strftime("%d/%m/%Y"),
                    "source_ref": _extra(prof, "note", _NOTES),
                    "_reason": "no_content",
                }
            )
        rows.append({"source_ref": word, "n_persons": str(total), "_reason": "no_date"})
    else:  # no reference column: the clerk wrote TOTAL in the date column
        rows.append({"event_date": word, "n_persons": str(total), "_reason": "bad_date"})
    return rows


def make_messy(truth: pd.DataFrame, *, seed: int = 0, variant: str = "default") -> list[Submission]:
    """Write the true events as messy submissions from five sources.

    Each event is reported by the source of its detection country; a share
    (:data:`DUPLICATE_RATE`) is reported again by a second source (dates ±1 day,
    fields written the second source's way); :data:`BAD_RATE` of the events become
    rows that must be quarantined (no date, impossible or future date, negative or
    unreadable count, plus a TOTAL, a note and an empty row); the UK file is
    re-submitted with :data:`REPEAT_RATE` exact repeated rows. Every written row is
    described in :attr:`Submission.expected`.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`make_truth`.
    seed : int, default=0
        Seed of the messiness (independent of the truth's seed).
    variant : str, default="default"
        A key of :data:`VARIANTS`: which way the five sources write. ``"default"`` is
        the set the cleaner is tuned on; ``"unseen"`` a held-out set with other header
        wordings, value spellings, separators, date styles, formats and encodings
        (files ``*_b.*``); ``"blind"``, ``"blind2"``, ... ``"blind440"`` are examiners'
        sets written independently of the cleaner, each from five other agencies
        (modules :mod:`trendlib.samples._blind`, ``_blind2`` ...; files ``*_c.*``,
        ``*_d.*`` ... ``*_z.*``, ``*_aa.*`` ... ``*_az.*``, ``*_ba.*`` ... ``*_bv.*``).

    Returns
    -------
    list of Submission
        ``police_fr.csv`` (French, cp1252, ``;``), ``guardia_civil_es.xlsx`` (Spanish),
        ``border_force_uk.csv`` (English, UTF-8 with BOM, ``,``),
        ``regional_hub.jsonl`` (English keys, ISO3 codes, partial dates) and
        ``migracion_pa.csv`` (Spanish, UTF-8, ``,``, Excel serial dates).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output.
    ParameterError
        If ``variant`` is not a key of :data:`VARIANTS`.

    Examples
    --------
    >>> subs = make_messy(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['police_fr.csv', 'guardia_civil_es.xlsx', 'border_force_uk.csv',
     'regional_hub.jsonl', 'migracion_pa.csv']
    >>> subs[0].frame.columns[:3].tolist()
    ['Référence', 'Date de détection', "Type d'infraction"]
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    if variant not in VARIANTS:
        raise ParameterError(
            f"expected variant in {sorted(VARIANTS)}, got {variant!r}; pass variant='default'."
        )
    profiles = VARIANTS[variant]
    needed = ("event_id", "event_date", "corridor", "detection_country", "network_id")
    missing = [c for c in needed if c not in truth.columns]
    if missing:
        raise DataContractError(
            f"expected the output of make_truth, but column(s) {missing} are missing; "
            "build it with trendlib.samples.make_truth()."
        )
    if variant.startswith("blind"):  # an examiner's set: trendlib.samples._blindN.make_blindN
        module = importlib.import_module(f"trendlib.samples._{variant}")  # loaded when asked
        make_examined_set: Callable[..., list[Submission]] = getattr(module, f"make_{variant}")
        return make_examined_set(truth, seed=seed)
    rng = np.random.default_rng([seed, 7])
    n = len(truth)
    ev_all = _event_arrays(truth.reset_index(drop=True), np.arange(n))
    primary = pd.Series(ev_all["detection_country"]).map(PRIMARY).to_numpy(dtype=object)
    corridor = ev_all["corridor"]
    secondary = pd.Series(corridor).map(SECONDARY).to_numpy(dtype=object)
    is_channel = corridor == "channel"
    secondary = where(
        is_channel, where(primary == "police_fr", "border_force_uk", "police_fr"), secondary
    )
    eligible = np.flatnonzero(_notna_obj(secondary) & (secondary != primary))
    n_dup = min(round(DUPLICATE_RATE * n), len(eligible))
    dup_idx = np.sort(rng.choice(eligible, size=n_dup, replace=False))
    garbage_n = sum(len(_garbage_rows(p, 0, pd.Timestamp("2021-01-01"))) for p in profiles)
    n_bad = max(round(BAD_RATE * n) - garbage_n, 0)
    free = np.setdiff1d(np.arange(n), dup_idx)
    bad_idx = np.sort(rng.choice(free, size=min(n_bad, len(free)), replace=False))
    bad_kind = np.full(n, None, dtype=object)
    kinds = list(_BAD_KINDS)
    probs = np.array(list(_BAD_KINDS.values()))
    bad_kind[bad_idx] = np.array(kinds, dtype=object)[
        rng.choice(len(kinds), size=len(bad_idx), p=probs / probs.sum())
    ]
    shift = rng.choice([-1, 0, 1], size=n, p=[0.3, 0.4, 0.3])
    pools = build_entities(rng)

    subs: list[Submission] = []
    key_base = 0
    for prof in profiles:  # five sources
        prim = np.flatnonzero(primary == prof.source)
        dups = dup_idx[secondary[dup_idx] == prof.source]
        idx = np.concatenate([prim, dups])
        role = np.array(["record"] * len(prim) + ["duplicate"] * len(dups), dtype=object)
        ev = _event_arrays(truth.reset_index(drop=True), idx)
        ev["event_date"] = ev["event_date"] + where(role == "duplicate", shift[idx], 0).astype(
            "timedelta64[D]"
        )
        order = np.lexsort((idx, ev["event_date"]))
        idx, role = idx[order], role[order]
        ev = {k: v[order] for k, v in ev.items()}
        text, exp, tags = render_block(ev, prof, rng)
        m = len(idx)
        keys = np.arange(key_base, key_base + m)
        key_base += m + 100
        cells: dict[str, np.ndarray] = {}
        ent = pd.DataFrame(
            columns=["row_key", "column", "raw", "entity_id", "kind", "network_id", "canonical"]
        )
        if prof.has_ids:
            rows = pd.DataFrame(
                {
                    "network_id": ev["network_id"],
                    "detection_country": ev["detection_country"],
                    "nationality": ev["nationality"],
                    "row_key": keys,
                }
            )
            id_frame, ent = identifier_cells(
                rows, encoding=prof.encoding, rng=rng, pools=pools, start=key_base
            )
            cells = {c: id_frame[c].to_numpy(dtype=object) for c in ID_COLUMNS}
        status = role.copy()
        reason = where(role == "duplicate", "cross_source", None).astype(object)
        kind = bad_kind[idx]
        kind = where(role == "duplicate", None, kind)
        dates_text = text["event_date"].copy()
        for k in ("no_date", "bad_date", "future_date"):
            for i in np.flatnonzero(kind == k):  # a few dozen bad rows
                dates_text[i] = _bad_date_text(prof, pd.Timestamp(ev["event_date"][i]), k)
        text["event_date"] = dates_text
        neg = np.asarray(kind == "negative_count", dtype=bool)
        text["n_persons"] = text["n_persons"].copy()
        if neg.any():
            text["n_persons"][neg] = count_text(
                -ev["n_persons"][neg], prof.language, 0.0, rng, numeric=False
            )[0]
        text["n_persons"][kind == "bad_count"] = _extra(prof, "bad_count", _BAD_COUNT_WORD)
        is_bad = _notna_obj(kind)
        status[is_bad] = "quarantine"
        reason[is_bad] = kind[is_bad]
        tags = where(is_bad, tags + "bad_row;", tags)

        refs = _refs(prof, ev["event_date"])
        cols = [c for c in prof.headers]
        data: dict[str, np.ndarray] = {}
        for c in cols:
            if c == "source_ref":
                data[c] = refs
            elif c in text:
                data[c] = text[c]
            elif c in cells:
                data[c] = cells[c]
            else:
                data[c] = np.full(m, None, dtype=object)
        body = pd.DataFrame(data, dtype=object)
        meta = pd.DataFrame(
            {
                "event_id": ev["event_id"],
                "expected_status": status,
                "expected_reason": reason,
                "messiness": tags,
                "row_key": keys,
                "source_ref": refs,
            },
            dtype=object,
        )
        for f in _FIELDS:
            meta[f] = exp[f] if f in exp else None
        meta.loc[is_bad, list(_FIELDS)] = None

        # Garbage rows at fixed, seeded positions; the TOTAL row last.
        total = int(np.nansum(ev["n_persons"]))
        garbage = _garbage_rows(prof, total, pd.Timestamp(ev["event_date"].max()))
        for g in garbage:
            g_reason = g.pop("_reason")
            row = {c: g.get(c) for c in cols}
            is_total = "n_persons" in g  # the TOTAL row
            pos = len(body) if is_total else int(rng.integers(1, max(len(body), 2)))
            body = pd.concat(
                [body.iloc[:pos], pd.DataFrame([row], dtype=object), body.iloc[pos:]],
                ignore_index=True,
            )
            g_meta: dict[str, object] = {c: None for c in meta.columns}
            g_meta.update(
                {
                    "expected_status": "quarantine",
                    "expected_reason": g_reason,
                    "messiness": "garbage_row;",
                    "row_key": -1,
                    "source_ref": row.get("source_ref"),
                }
            )
            meta = pd.concat(
                [meta.iloc[:pos], pd.DataFrame([g_meta], dtype=object), meta.iloc[pos:]],
                ignore_index=True,
            )
        meta["duplicate_of"] = None
        first = 2 if prof.format != "jsonl" else 1
        meta["source_row"] = np.arange(first, first + len(meta))
        if prof.source == _REPEAT_SOURCE:
            candidates = np.flatnonzero((meta["expected_status"] == "record").to_numpy())
            n_rep = min(max(3, round(REPEAT_RATE * len(meta))), len(candidates))
            rep = np.sort(rng.choice(candidates, size=n_rep, replace=False))
            extra = meta.iloc[rep].copy()
            extra["duplicate_of"] = [f"{prof.filename}:{r}" for r in extra["source_row"]]
            extra["expected_status"] = "duplicate"
            extra["expected_reason"] = "exact_repeat"
            extra["messiness"] = "exact_repeat;"
            extra["source_row"] = np.arange(len(meta) + first, len(meta) + first + len(rep))
            extra["row_key"] = -1
            body = pd.concat([body, body.iloc[rep]], ignore_index=True)
            meta = pd.concat([meta, extra], ignore_index=True)
        if prof.ref_format is None:
            meta["source_ref"] = meta["source_row"].astype(str)
        meta["source"] = prof.source
        meta["source_file"] = prof.filename
        if prof.format != "jsonl" and not prof.encoding.lower().startswith("utf"):
            enc = prof.encoding
            body = body.map(lambda v, enc=enc: fit_encoding(v, enc) if isinstance(v, str) else v)
        body.columns = [prof.headers[c] for c in cols]
        row_of_key = dict(zip(meta["row_key"], meta["source_row"], strict=True))
        ent = ent.assign(
            source_file=prof.filename,
            source_row=ent["row_key"].map(row_of_key),
        ).drop(columns="row_key")
        subs.append(
            Submission(
                filename=prof.filename,
                frame=body,
                format=prof.format,
                encoding=prof.encoding,
                delimiter=prof.delimiter,
                language=prof.language,
                source=prof.source,
                expected=meta,
                entities=ent,
            )
        )
    # Cross-source duplicates point at the row that first reported the event.
    firsts = pd.concat(
        [s.expected.loc[s.expected["expected_status"] == "record"] for s in subs]
        + [s.expected.loc[s.expected["expected_reason"].isin(list(_BAD_KINDS))] for s in subs]
    )
    first_row = dict(
        zip(
            firsts["event_id"],
            firsts["source_file"] + ":" + firsts["source_row"].astype(str),
            strict=True,
        )
    )
    out = []
    for s in subs:
        exp_frame = s.expected.copy()
        cross = (exp_frame["expected_reason"] == "cross_source").to_numpy()
        exp_frame.loc[cross, "duplicate_of"] = exp_frame.loc[cross, "event_id"].map(first_row)
        exp_frame = _finish_expected(exp_frame)
        out.append(
            Submission(
                filename=s.filename,
                frame=s.frame,
                format=s.format,
                encoding=s.encoding,
                delimiter=s.delimiter,
                language=s.language,
                source=s.source,
                expected=exp_frame,
                entities=s.entities.reset_index(drop=True),
            )
        )
    return out


def _notna_obj(values: np.ndarray) -> np.ndarray:
    return np.asarray(pd.notna(values), dtype=bool)


def _finish_expected(meta: pd.DataFrame) -> pd.DataFrame:
    out = meta.reindex(columns=list(TRUTH_ROW_COLUMNS)).reset_index(drop=True)
    out["source_row"] = out["source_row"].astype("Int64")
    out["event_date"] = pd.to_datetime(out["event_date"]).dt.strftime("%Y-%m-%d")
    for col in ("n_persons", "n_suspects"):
        out[col] = pd.to_numeric(out[col]).round().astype("Int64")
    for col in ("lat", "lon"):
        out[col] = pd.to_numeric(out[col]).astype("float64")
    for col in out.columns.difference(["source_row", "n_persons", "n_suspects", "lat", "lon"]):
        out[col] = out[col].astype("string")
    out["messiness"] = out["messiness"].str.rstrip(";")
    return out


def _normalise_xlsx(path: Path) -> None:
    """Rewrite an XLSX with fixed zip timestamps and document dates (same bytes per seed)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-01-01T00:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())


def _write(sub: Submission, path: Path) -> None:
    if sub.format == "csv":
        sub.frame.to_csv(
            path,
            sep=sub.delimiter or ",",
            index=False,
            encoding=sub.encoding,
            lineterminator="\r\n" if sub.encoding == "cp1252" else "\n",
        )
    elif sub.format == "xlsx":
        # openpyxl's write-only mode streams rows: several times faster than to_excel.
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Casos")
        sheet.append(list(sub.frame.columns))
        for row in sub.frame.itertuples(index=False, name=None):  # sample-sized file
            sheet.append([None if v is None or v != v else v for v in row])
        book.save(path)
        _normalise_xlsx(path)
    else:
        ascii_only = sub.encoding.lower() == "ascii"  # non-ASCII written as \uXXXX escapes
        text = sub.frame.to_json(orient="records", lines=True, force_ascii=ascii_only)
        path.write_text(text if text.endswith("\n") else text + "\n", encoding=sub.encoding)


def write_samples(
    out_dir: str | os.PathLike[str],
    *,
    seed: int = 0,
    n_events: int = 3000,
    months: int = 36,
    start: str = "2021-01-01",
    variant: str = "default",
) -> dict[str, Path]:
    """Write the sample submissions to ``out_dir`` and their ground truth to ``out_dir/truth``.

    The truth sits in its own folder so that ``trendlib clean out_dir/`` reads only
    the submissions.

    Parameters
    ----------
    out_dir : str or path-like
        Folder to write to (created if missing). Existing sample files are replaced.
    seed : int, default=0
        Seed of the truth and of the messiness; same seed -> same bytes.
    n_events : int, default=3000
        Number of true events (the files hold about 4 % more rows: duplicates and
        bad rows).
    months, start
        Period of the events, as in :func:`make_truth`.
    variant : str, default="default"
        A key of :data:`VARIANTS`: which way the sources write (see :func:`make_messy`).
        Use ``"unseen"`` or a ``"blind*"`` set to measure the cleaner on wording it was
        not tuned on.

    Returns
    -------
    dict of str to Path
        ``{source: path}`` for the five submissions, plus ``truth_events``,
        ``truth_rows``, ``truth_networks`` and ``truth_entities``.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     paths = write_samples(tmp, n_events=200)
    ...     sorted(p.name for p in paths.values())  # doctest: +NORMALIZE_WHITESPACE
    ['border_force_uk.csv', 'guardia_civil_es.xlsx', 'migracion_pa.csv', 'police_fr.csv',
     'regional_hub.jsonl', 'truth_entities.csv', 'truth_events.csv', 'truth_networks.csv',
     'truth_rows.csv']
    """
    out = Path(out_dir)
    truth_dir = out / "truth"
    truth_dir.mkdir(parents=True, exist_ok=True)
    truth = make_truth(seed=seed, n_events=n_events, months=months, start=start)
    subs = make_messy(truth, seed=seed, variant=variant)
    paths: dict[str, Path] = {}
    for sub in subs:
        path = out / sub.filename
        _write(sub, path)
        paths[sub.source] = path
    events = truth.assign(event_date=truth["event_date"].dt.strftime("%Y-%m-%d"))
    paths["truth_events"] = truth_dir / "truth_events.csv"
    events.to_csv(paths["truth_events"], index=False, lineterminator="\n")
    rows = pd.concat([s.expected for s in subs], ignore_index=True)
    paths["truth_rows"] = truth_dir / "truth_rows.csv"
    rows.to_csv(paths["truth_rows"], index=False, lineterminator="\n")
    nets = truth.loc[
        truth["network_id"].notna(), ["event_id", "network_id", "corridor", "detection_country"]
    ]
    paths["truth_networks"] = truth_dir / "truth_networks.csv"
    nets.to_csv(paths["truth_networks"], index=False, lineterminator="\n")
    ents = pd.concat([s.entities for s in subs], ignore_index=True)[
        [
            "source_file",
            "source_row",
            "column",
            "raw",
            "entity_id",
            "kind",
            "network_id",
            "canonical",
        ]
    ]
    paths["truth_entities"] = truth_dir / "truth_entities.csv"
    ents.to_csv(paths["truth_entities"], index=False, lineterminator="\n")
    return paths


_BENCH_HEADERS = {
    "source_ref": "Reference",
    "event_date": "Date",
    "crime_type": "Crime type",
    "exploitation": "Exploitation",
    "n_persons": "Persons",
    "n_suspects": "Suspects",
    "gender": "Sex",
    "age_group": "Age",
    "nationality": "Nationality",
    "origin_country": "Origin",
    "destination_country": "Destination",
    "detection_country": "Detected in",
    "transit_countries": "Transit",
    "transport_mode": "Transport",
    "lat": "Latitude",
    "lon": "Longitude",
    "linked_offences": "Linked offences",
}


def make_messy_csv(path: str | os.PathLike[str], *, n_rows: int = 1_000_000, seed: int = 0) -> Path:
    """Write one large messy CSV for the cleaning benchmark (vectorised, fast).

    Rows mix the three languages' values (French, Spanish, English words, country
    names and date formats), with the same messiness as the samples (typos,
    mojibake, codes, case and spacing, unknown words, empty cells, thousands
    separators, swapped and out-of-range coordinates) and about
    :data:`BAD_RATE` rows with no date, an impossible date or a negative count.
    UTF-8, ``;`` delimiter, English headers; no identifier columns.

    Parameters
    ----------
    path : str or path-like
        File to write.
    n_rows : int, default=1_000_000
        Number of data rows.
    seed : int, default=0
        Seed; same seed -> same bytes.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    ParameterError
        If ``n_rows`` < 1.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     p = make_messy_csv(Path(tmp) / "big.csv", n_rows=2000)
    ...     pd.read_csv(p, sep=";", dtype=str).shape
    (2000, 17)
    """
    if n_rows < 1:
        raise ParameterError(f"expected n_rows >= 1, got {n_rows}.")
    rng = np.random.default_rng([seed, 11])
    ev = truth_arrays(seed=seed, first=pd.Timestamp("2021-01-01"), months=36, n_events=n_rows)
    ev["n_persons"] = ev["n_persons"].astype(float)
    ev["n_suspects"] = ev["n_suspects"].astype(float)
    lang_of_row = rng.choice(3, size=n_rows, p=[0.35, 0.3, 0.35])
    columns: dict[str, np.ndarray] = {
        c: np.full(n_rows, None, dtype=object) for c in _BENCH_HEADERS
    }
    for li, base in enumerate(("police_fr", "migracion_pa", "border_force_uk")):
        prof = BY_SOURCE[base]
        prof = Profile(
            **{
                **prof.__dict__,
                "headers": _BENCH_HEADERS,
                "coord_style": "dot" if base != "police_fr" else "comma",
                "encoding": "utf-8",
            }
        )
        rows = np.flatnonzero(lang_of_row == li)
        text, _, _ = render_block({k: v[rows] for k, v in ev.items()}, prof, rng, track=False)
        for c in _BENCH_HEADERS:
            if c in text:
                columns[c][rows] = text[c]
    bad = rng.random(n_rows) < BAD_RATE
    columns["event_date"][bad & (rng.random(n_rows) < 0.5)] = None
    columns["n_persons"][bad & (rng.random(n_rows) < 0.5)] = "-3"
    columns["source_ref"] = np.char.add("R", np.arange(1, n_rows + 1).astype(str)).astype(object)
    # pyarrow's CSV writer is several times faster than DataFrame.to_csv at this size.
    table = pa.table({h: pa.array(columns[c], type=pa.string()) for c, h in _BENCH_HEADERS.items()})
    out = Path(path)
    pa_csv.write_csv(
        table, out, write_options=pa_csv.WriteOptions(delimiter=";", quoting_style="needed")
    )
    return out
