plansiteSearchLoaded("w/p0/kh",{
"khac":[0,14],
"khong":[0,-8,0,8,0,9]
});
